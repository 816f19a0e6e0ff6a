import { FormBlock, LoadingPage, TitleBar } from "@/components/skeleton";

export default function NewInterviewLoading() {
  return (
    <LoadingPage label="Loading the interview form…">
      <TitleBar />
      <FormBlock fields={6} />
    </LoadingPage>
  );
}
