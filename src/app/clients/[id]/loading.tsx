import { Bar, ListBlock, LoadingPage, SectionBlock } from "@/components/skeleton";

export default function ClientLoading() {
  return (
    <LoadingPage label="Loading the client's page…">
      <Bar className="h-8 w-56" />
      <Bar className="mb-6 mt-2 h-4 w-80 max-w-full" />
      <div className="space-y-8">
        <SectionBlock>
          <ListBlock rows={4} actions />
        </SectionBlock>
        <SectionBlock>
          <ListBlock rows={3} />
        </SectionBlock>
      </div>
    </LoadingPage>
  );
}
