import { StrictMode } from "react";
// The language (browser or remembered choice) is set before the first render.
import "./i18n";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ToastProvider } from "./components/Toasts";
import { prefetchFor } from "./data/prefetch";
import { WalletProviders, createQueryClient } from "./wallet/WalletProviders";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");

const queryClient = createQueryClient();
// The first page's registry reads go out now, while React renders the shell.
prefetchFor(queryClient, window.location.pathname, window.location.search);

createRoot(root).render(
  <StrictMode>
    <WalletProviders queryClient={queryClient}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </WalletProviders>
  </StrictMode>,
);
