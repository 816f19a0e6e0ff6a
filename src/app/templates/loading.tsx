import { ListBlock, LoadingPage, SectionBlock, TitleBar } from "@/components/skeleton";

export default function TemplatesLoading() {
  return (
    <LoadingPage label="Loading the templates…">
      <TitleBar action />
      <div className="space-y-6">
        <SectionBlock>
          <ListBlock rows={2} />
        </SectionBlock>
        <SectionBlock>
          <ListBlock rows={2} />
        </SectionBlock>
      </div>
    </LoadingPage>
  );
}
