import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AppShell } from "./components/layout/AppShell";
import { AdminPage } from "./pages/AdminPage";
import { AttestPage } from "./pages/AttestPage";
import { EntitiesPage } from "./pages/EntitiesPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { OverviewPage } from "./pages/OverviewPage";
import { RelayPage } from "./pages/RelayPage";
import { VerifyPage } from "./pages/VerifyPage";
import { ZonesPage } from "./pages/ZonesPage";
import { ZonePage } from "./pages/ZonePage";
import { EntityPage } from "./pages/EntityPage";
import { ProjectPage } from "./pages/ProjectPage";

export const routes = [
  {
    path: "/",
    element: <AppShell />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: "zones", element: <ZonesPage /> },
      { path: "zones/:id", element: <ZonePage /> },
      { path: "entities", element: <EntitiesPage /> },
      { path: "entities/:id", element: <EntityPage /> },
      { path: "projects/:id", element: <ProjectPage /> },
      { path: "attest", element: <AttestPage /> },
      { path: "verify", element: <VerifyPage /> },
      { path: "relay", element: <RelayPage /> },
      { path: "admin", element: <AdminPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
