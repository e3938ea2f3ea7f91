import { describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileHashDropZone } from "./FileHashDropZone";

const ABC = "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

describe("<FileHashDropZone>", () => {
  it("hashes a file picked with the keyboard-accessible picker", async () => {
    const onHashed = vi.fn();
    render(<FileHashDropZone onHashed={onHashed} />);
    await userEvent.upload(screen.getByLabelText("choose a file"), new File(["abc"], "a.txt"));
    await waitFor(() => expect(onHashed).toHaveBeenCalledWith({ hash: ABC, fileName: "a.txt", size: 3 }));
    expect(screen.getByTestId("hash-result")).toHaveTextContent(ABC);
  });

  it("validates a pasted hash", async () => {
    const onHashed = vi.fn();
    render(<FileHashDropZone onHashed={onHashed} />);
    const input = screen.getByLabelText("Or paste a SHA-256 hash");
    await userEvent.type(input, "0x1234");
    await userEvent.click(screen.getByRole("button", { name: "Use hash" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Expected 64 hex characters (with or without 0x, or the line sha256sum prints), got 4.");
    expect(input).toHaveAttribute("aria-invalid", "true");
    await userEvent.clear(input);
    await userEvent.type(input, ABC.toUpperCase().replace("0X", "0x"));
    await userEvent.click(screen.getByRole("button", { name: "Use hash" }));
    expect(onHashed).toHaveBeenCalledWith({ hash: ABC });
  });

  it("takes a bare sha256sum hash and the line sha256sum prints, as the terminal tool does", async () => {
    const onHashed = vi.fn();
    render(<FileHashDropZone onHashed={onHashed} />);
    const input = screen.getByLabelText("Or paste a SHA-256 hash");
    await userEvent.type(input, ABC.slice(2));
    await userEvent.click(screen.getByRole("button", { name: "Use hash" }));
    expect(onHashed).toHaveBeenLastCalledWith({ hash: ABC });
    await userEvent.clear(input);
    await userEvent.type(input, `${ABC.slice(2)}  report.pdf`);
    await userEvent.click(screen.getByRole("button", { name: "Use hash" }));
    expect(onHashed).toHaveBeenCalledTimes(2);
    expect(onHashed).toHaveBeenLastCalledWith({ hash: ABC });
  });

  it("a bad hash does not stand next to the previous file's result", async () => {
    const onCleared = vi.fn();
    render(<FileHashDropZone onHashed={vi.fn()} onCleared={onCleared} />);
    await userEvent.upload(screen.getByLabelText("choose a file"), new File(["abc"], "a.txt"));
    await screen.findByTestId("hash-result");
    await userEvent.type(screen.getByLabelText("Or paste a SHA-256 hash"), "not a hash");
    await userEvent.click(screen.getByRole("button", { name: "Use hash" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Only hex characters");
    expect(screen.queryByTestId("hash-result")).toBeNull();
    expect(onCleared).toHaveBeenCalledOnce();
    // A new file clears the paste box's error.
    await userEvent.upload(screen.getByLabelText("choose a file"), new File(["abc"], "b.txt"));
    await screen.findByTestId("hash-result");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
