import { Bar, ListBlock, LoadingPage, SectionBlock } from "@/components/skeleton";

export default function InterviewLoading() {
  return (
    <LoadingPage label="Loading the interview…">
      <Bar className="h-8 w-72 max-w-full" />
      <Bar className="mb-6 mt-2 h-4 w-96 max-w-full" />
      <div className="space-y-8">
        <SectionBlock>
          <ListBlock rows={4} actions />
        </SectionBlock>
        <SectionBlock>
          <ListBlock rows={2} />
        </SectionBlock>
        <Bar className="h-10 w-full" />
      </div>
    </LoadingPage>
  );
}
