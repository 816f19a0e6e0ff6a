import { Bar, LoadingPage, TitleBar } from "@/components/skeleton";

export default function DigestPreviewLoading() {
  return (
    <LoadingPage label="Loading the digest preview…">
      <TitleBar />
      <Bar className="h-96 w-full" />
    </LoadingPage>
  );
}
