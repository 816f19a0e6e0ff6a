import { FormBlock, LoadingPage, TitleBar } from "@/components/skeleton";

export default function EditInterviewLoading() {
  return (
    <LoadingPage label="Loading the interview form…">
      <TitleBar />
      <FormBlock fields={6} />
    </LoadingPage>
  );
}
