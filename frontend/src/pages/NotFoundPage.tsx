import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/States";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t("states.notFound")} action={<Link to="/">{t("states.backToOverview")}</Link>}>
      {t("states.notFoundText")}
    </EmptyState>
  );
}
