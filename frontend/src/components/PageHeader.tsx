import type { ReactNode } from "react";

export function PageHeader({ title, lead, actions }: { readonly title: string; readonly lead?: ReactNode; readonly actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}

export function Card({ title, children, aside }: { readonly title?: string; readonly children: ReactNode; readonly aside?: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      {title ? (
        <div className="card__head">
          <h2 className="card__title">{title}</h2>
          {aside}
        </div>
      ) : null}
      {children}
    </section>
  );
}
