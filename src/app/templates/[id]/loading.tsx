import { FormBlock, LoadingPage, TitleBar } from "@/components/skeleton";

export default function TemplateLoading() {
  return (
    <LoadingPage label="Loading the template editor…">
      <TitleBar />
      <div className="grid gap-6 lg:grid-cols-2">
        <FormBlock fields={3} />
        <FormBlock fields={1} />
      </div>
    </LoadingPage>
  );
}
