import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { useScrollToHash } from "./useScrollToHash";

function List({ loaded }: { loaded: boolean }) {
  useScrollToHash(loaded);
  return loaded ? <article id="proposal-1a2b3c4d">a proposal</article> : <p>loading</p>;
}

describe("useScrollToHash (the Admin page's link to a new proposal)", () => {
  it("scrolls to the proposal the hash names once the list has loaded, not before", () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { rerender } = render(
      <MemoryRouter initialEntries={["/governance#proposal-1a2b3c4d"]}>
        <List loaded={false} />
      </MemoryRouter>,
    );
    expect(scroll).not.toHaveBeenCalled();
    rerender(
      <MemoryRouter initialEntries={["/governance#proposal-1a2b3c4d"]}>
        <List loaded />
      </MemoryRouter>,
    );
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toHaveProperty("id", "proposal-1a2b3c4d");
  });

  it("does nothing without a hash", () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    render(
      <MemoryRouter initialEntries={["/governance"]}>
        <List loaded />
      </MemoryRouter>,
    );
    expect(scroll).not.toHaveBeenCalled();
  });
});
