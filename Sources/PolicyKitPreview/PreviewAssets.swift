/// The page's script and stylesheet, served from the program itself: the page uses
/// nothing from outside this computer, and its Content-Security-Policy allows nothing else.
enum PreviewAssets {
    /// Reloads the page when a newer build exists (the event stream says which is
    /// newest), keeping the document's scroll position; prints the shown document with
    /// its own print stylesheet, the one its PDF is made with.
    static let script = """
        "use strict";
        (function () {
          const version = document.body.dataset.version;
          const frame = document.getElementById("document");
          const place = "policykit-preview-scroll" + location.search;
          if (frame) {
            frame.addEventListener("load", function () {
              const y = Number(sessionStorage.getItem(place) || 0);
              if (y > 0) frame.contentWindow.scrollTo(0, y);
            });
          }
          const print = document.getElementById("print");
          if (print && frame) {
            print.addEventListener("click", function () { frame.contentWindow.print(); });
          }
          const offline = document.getElementById("offline");
          const events = new EventSource("/events");
          events.onopen = function () { offline.hidden = true; };
          events.onerror = function () { offline.hidden = false; };
          events.onmessage = function (event) {
            if (event.data === version) return;
            if (frame && frame.contentWindow) sessionStorage.setItem(place, String(frame.contentWindow.scrollY));
            events.close();
            location.reload();
          };
        })();

        """

    static let stylesheet = """
        :root { color-scheme: light; font-family: system-ui, "Liberation Sans", Arial, sans-serif; }
        body { margin: 0; background: #eef0f3; color: #1b1f24; display: flex; flex-direction: column; min-height: 100vh; }
        header { padding: 0.75rem 1.25rem 0.25rem; background: #fff; border-bottom: 1px solid #c9ced6; }
        h1 { font-size: 1.15rem; margin: 0 0 0.25rem; }
        #status { margin: 0 0 0.5rem; color: #3d4652; }
        #offline { margin: 0 0 0.5rem; padding: 0.4rem 0.6rem; background: #fff4d6; border: 1px solid #b88a00; }
        section { margin: 0.75rem 1.25rem 0; padding: 0.5rem 1rem; background: #fff; border-left: 0.4rem solid; }
        #errors { border-color: #b3261e; }
        #warnings { border-color: #b88a00; }
        section h2 { font-size: 1rem; margin: 0.25rem 0 0.5rem; }
        section ol { margin: 0; padding-left: 1.25rem; }
        section li { margin-bottom: 0.75rem; }
        .message { margin: 0; font-weight: 600; }
        .place { margin: 0.15rem 0; color: #3d4652; }
        pre { margin: 0.25rem 0 0; padding: 0.4rem 0.6rem; background: #f5f6f8; overflow-x: auto; font-size: 0.9rem; }
        nav { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0.75rem 1.25rem 0; }
        nav a { padding: 0.35rem 0.7rem; border: 1px solid #c9ced6; border-radius: 0.3rem 0.3rem 0 0; background: #f8f9fa; color: #1b1f24; text-decoration: none; }
        nav a span { color: #3d4652; font-size: 0.85em; }
        nav a[aria-current="page"] { background: #fff; border-bottom-color: #fff; font-weight: 600; }
        .toolbar { display: flex; gap: 1rem; align-items: center; margin: 0 1.25rem; padding: 0.5rem 0.75rem; background: #fff; border: 1px solid #c9ced6; border-bottom: none; }
        .toolbar button { font: inherit; padding: 0.3rem 0.9rem; }
        iframe { flex: 1; min-height: 70vh; margin: 0 1.25rem 1.25rem; border: 1px solid #c9ced6; background: #fff; }

        """
}
