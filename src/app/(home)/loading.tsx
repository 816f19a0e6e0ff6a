import { ListBlock, LoadingPage, SectionBlock, TitleBar } from "@/components/skeleton";

export default function DashboardLoading() {
  return (
    <LoadingPage label="Loading your dashboard…">
      <TitleBar action />
      <div className="space-y-8">
        <SectionBlock>
          <ListBlock rows={3} actions />
        </SectionBlock>
        <SectionBlock>
          <ListBlock rows={4} />
        </SectionBlock>
      </div>
    </LoadingPage>
  );
}
