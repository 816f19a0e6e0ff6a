import Link from "next/link";
import { PageCard } from "@/components/page-card";

export default function NotFound() {
  return (
    <PageCard title="Not found">
      <p>There is nothing here, or it is not shared with you.</p>
      <Link href="/" className="underline">
        Go to the start page
      </Link>
    </PageCard>
  );
}
