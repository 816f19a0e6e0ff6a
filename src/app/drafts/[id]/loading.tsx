import { Bar, FormBlock, LoadingPage } from "@/components/skeleton";

export default function DraftLoading() {
  return (
    <LoadingPage label="Loading the draft…">
      <Bar className="h-4 w-48" />
      <Bar className="mb-4 mt-3 h-8 w-64 max-w-full" />
      <FormBlock fields={2} />
    </LoadingPage>
  );
}
