import { CardBlock, LoadingPage } from "@/components/skeleton";

export default function InviteLoading() {
  return (
    <LoadingPage label="Loading the invitation…">
      <CardBlock />
    </LoadingPage>
  );
}
