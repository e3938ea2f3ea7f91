import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter } from "react-router";
import { useTranslation } from "react-i18next";
import { LoadingState } from "./components/States";
import { RouterProvider } from "react-router/dom";
import { AppShell } from "./components/layout/AppShell";
import { EntitiesPage } from "./pages/EntitiesPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ZonesPage } from "./pages/ZonesPage";

const OverviewPage = lazy(() => import("./pages/OverviewPage").then((m) => ({ default: m.OverviewPage })));
const AdminPage = lazy(() => import("./pages/AdminPage").then((m) => ({ default: m.AdminPage })));
const AttestPage = lazy(() => import("./pages/AttestPage").then((m) => ({ default: m.AttestPage })));
const RelayPage = lazy(() => import("./pages/RelayPage").then((m) => ({ default: m.RelayPage })));
const VerifyPage = lazy(() => import("./pages/VerifyPage").then((m) => ({ default: m.VerifyPage })));
const ZonePage = lazy(() => import("./pages/ZonePage").then((m) => ({ default: m.ZonePage })));
const EntityPage = lazy(() => import("./pages/EntityPage").then((m) => ({ default: m.EntityPage })));
const GovernancePage = lazy(() => import("./pages/GovernancePage").then((m) => ({ default: m.GovernancePage })));
const ProjectPage = lazy(() => import("./pages/ProjectPage").then((m) => ({ default: m.ProjectPage })));

/** Pages other than the zones and entities lists load on demand (a smaller first download); the overview's charts and log too. */
const later = (page: ReactNode) => <Suspense fallback={<PageLoading />}>{page}</Suspense>;

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t("common.loadingPage")} />;
}

export const routes = [
  {
    path: "/",
    element: <AppShell />,
    children: [
      { index: true, element: later(<OverviewPage />) },
      { path: "zones", element: <ZonesPage /> },
      { path: "zones/:id", element: later(<ZonePage />) },
      { path: "entities", element: <EntitiesPage /> },
      { path: "entities/:id", element: later(<EntityPage />) },
      { path: "projects/:id", element: later(<ProjectPage />) },
      { path: "attest", element: later(<AttestPage />) },
      { path: "verify", element: later(<VerifyPage />) },
      { path: "relay", element: later(<RelayPage />) },
      { path: "admin", element: later(<AdminPage />) },
      { path: "governance", element: later(<GovernancePage />) },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
