import { Link } from "react-router";
import { EmptyState } from "../components/States";

export function NotFoundPage() {
  return (
    <EmptyState title="Page not found" action={<Link to="/">Back to the overview</Link>}>
      There is no page at this address.
    </EmptyState>
  );
}
