import { FormBlock, ListBlock, LoadingPage, TitleBar } from "@/components/skeleton";

export default function ReferencesLoading() {
  return (
    <LoadingPage label="Loading your references…">
      <TitleBar />
      <div className="space-y-8">
        <ListBlock rows={3} actions />
        <FormBlock fields={3} />
      </div>
    </LoadingPage>
  );
}
