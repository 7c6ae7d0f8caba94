/// Watches the files a preview is built from and rebuilds once per burst of saves: the
/// settings file, each base it extends (as the latest build read them) and every file
/// below the templates folder.
struct SettingsWatcher: Sendable {
    var settings: String
    var templatesFolder: String?
    /// How often the files are looked at.
    var pollInterval: Duration = .milliseconds(25)
    /// How long the files must be still before a rebuild.
    var quietPeriod: Duration = .milliseconds(60)

    /// Builds once, shows it, then rebuilds and shows each change until cancelled;
    /// `report` hears of each build.
    func run(showingIn state: PreviewState, first: PreviewBuild, report: @Sendable (PreviewBuild) -> Void) async {
        let folders: Set<String> = templatesFolder.map { [$0] } ?? []
        var watched = first.settingsFiles
        var seen = first.stamps
        var debouncer = Debouncer(quietPeriod: quietPeriod)
        let clock = ContinuousClock()
        var lastKeepAlive = clock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: pollInterval)
            let now = FileStamps(files: watched, folders: folders)
            if now != seen {
                seen = now
                debouncer.noteChange(at: clock.now)
            }
            if debouncer.shouldRebuild(at: clock.now) {
                let build = PreviewBuild(settings: settings, templatesFolder: templatesFolder)
                await state.show(build)
                report(build)
                watched = build.settingsFiles
                seen = build.stamps
            }
            if clock.now - lastKeepAlive >= .seconds(15) {
                lastKeepAlive = clock.now
                await state.keepAlive()
            }
        }
    }
}
