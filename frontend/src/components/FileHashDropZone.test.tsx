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
    expect(screen.getByRole("alert")).toHaveTextContent("Expected 64 hex characters after 0x, got 4.");
    expect(input).toHaveAttribute("aria-invalid", "true");
    await userEvent.clear(input);
    await userEvent.type(input, ABC.toUpperCase().replace("0X", "0x"));
    await userEvent.click(screen.getByRole("button", { name: "Use hash" }));
    expect(onHashed).toHaveBeenCalledWith({ hash: ABC });
  });
});
