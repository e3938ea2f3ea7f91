import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ToastProvider } from "./components/Toasts";
import { WalletProviders, createQueryClient } from "./wallet/WalletProviders";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");

createRoot(root).render(
  <StrictMode>
    <WalletProviders queryClient={createQueryClient()}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </WalletProviders>
  </StrictMode>,
);
