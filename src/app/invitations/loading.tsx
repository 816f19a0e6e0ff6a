import { FormBlock, ListBlock, LoadingPage, SectionBlock, TitleBar } from "@/components/skeleton";

export default function InvitationsLoading() {
  return (
    <LoadingPage label="Loading invitations…">
      <TitleBar />
      <div className="space-y-8">
        <FormBlock fields={2} />
        <SectionBlock>
          <ListBlock rows={3} actions />
        </SectionBlock>
      </div>
    </LoadingPage>
  );
}
