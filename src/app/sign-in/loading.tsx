import { CardBlock, LoadingPage } from "@/components/skeleton";

export default function SignInLoading() {
  return (
    <LoadingPage label="Loading the page…">
      <CardBlock lines={2} />
    </LoadingPage>
  );
}
