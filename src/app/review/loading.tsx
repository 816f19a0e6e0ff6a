import { ListBlock, LoadingPage, TitleBar } from "@/components/skeleton";

export default function ReviewLoading() {
  return (
    <LoadingPage label="Loading the drafts to review…">
      <TitleBar />
      <ListBlock rows={5} />
    </LoadingPage>
  );
}
