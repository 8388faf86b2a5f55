import ArgumentParser
import DeckModel
import Foundation

/// What `import` and `draft` share as they write a deck file: the `--id` check, the refusal
/// to replace a file without `--force`, and the write with a clear error.
enum DeckFileOutput {
    /// A usage error for an `--id` that is no deck id, with the id it would be as a slug.
    static func validate(id: String?) throws {
        guard let id, !Slug.isValid(id) else { return }
        throw ValidationError(
            "--id '\(id)' is not a valid deck id: use lowercase letters, digits and hyphens, e.g. "
                + "'\(Slug.derive(from: id))'")
    }

    /// Ends the command (exit 1) when `destination` exists and `force` was not given.
    static func refuseExisting(_ destination: String, force: Bool) throws {
        guard force || !FileManager.default.fileExists(atPath: destination) else {
            Stderr.write("error: \(destination) already exists; choose another with --out, or replace it with --force")
            throw ExitCode(1)
        }
    }

    /// Writes the deck atomically; a failure ends the command (exit 1), saying where to look.
    static func write(_ yaml: String, to destination: String) throws {
        do {
            try yaml.write(toFile: destination, atomically: true, encoding: .utf8)
        } catch {
            let folder = (destination as NSString).deletingLastPathComponent
            Stderr.write(
                "error: cannot write \(destination): \(error.localizedDescription); check that the folder "
                    + "\(folder.isEmpty ? "." : folder) exists and is writable, or choose another with --out")
            throw ExitCode(1)
        }
    }
}
