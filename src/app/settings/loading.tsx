import { FormBlock, LoadingPage, TitleBar } from "@/components/skeleton";

export default function SettingsLoading() {
  return (
    <LoadingPage label="Loading your settings…">
      <TitleBar />
      <div className="space-y-6">
        <FormBlock fields={2} />
        <FormBlock fields={1} />
        <FormBlock fields={2} />
      </div>
    </LoadingPage>
  );
}
