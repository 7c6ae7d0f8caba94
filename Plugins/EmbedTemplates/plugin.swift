import Foundation
import PackagePlugin

/// Compiles the package's `Templates/` folder into the library, so that `policykit`
/// needs nothing beside its binary to build documents.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates.swift")
        let inputs = try templateFiles(under: templates)
        // The folders are inputs too: adding or removing a template changes a folder's
        // modification time, which makes the next build embed the new set.
        let folders = [templates] + (try templateFolders(under: templates))
        return [
            .buildCommand(
                displayName: "Embedding the templates in Templates/",
                executable: try context.tool(named: "template-embedder").url,
                arguments: [templates.path(), output.path()],
                inputFiles: inputs + folders,
                outputFiles: [output]
            )
        ]
    }

    private func templateFiles(under folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey]
        ) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
    }

    private func templateFolders(under folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isDirectoryKey]
        ) else { return [] }
        return walker.compactMap { $0 as? URL }.filter {
            (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
        }
    }
}
