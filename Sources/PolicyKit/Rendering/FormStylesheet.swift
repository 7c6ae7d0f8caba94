/// The look of forms (`FormHTML`) in every document: blanks and ruled lines as black rules
/// with room to write above them, tables with ruled cells, and rows, fields and signature
/// blocks kept whole across printed pages. Sides are logical (`margin-inline-start`), so a
/// page in a right-to-left language mirrors them.
enum FormStylesheet {
    static let css = """
        .form { margin: 0 0 1em; }
        .form-fields { display: flex; flex-wrap: wrap; column-gap: 1.5em; margin: 0 0 0.5em; }
        .form-field { display: flex; flex: 1 1 12em; align-items: baseline; margin: 0 0 0.3em; }
        .form-blank { flex: 1 1 6em; min-width: 6em; min-height: 1.3em; border-bottom: 1px solid #000; margin-inline-start: 0.4em; }
        .form-choice { margin-inline-start: 0.9em; white-space: nowrap; }
        .form-box { font-size: 1.15em; line-height: 1; }
        .form-lines { margin: 0 0 0.8em; }
        .form-lines .form-label { margin: 0; }
        .form-rule { height: 1.9em; border-bottom: 1px solid #000; }
        .form-ticks { list-style: none; margin: 0 0 0.8em; padding: 0; }
        .form-ticks li { padding-inline-start: 1.6em; text-indent: -1.6em; margin: 0 0 0.15em; }
        .form-table { width: 100%; border-collapse: collapse; margin: 0 0 0.8em; }
        .form-table th, .form-table td { border: 1px solid #000; padding: 0.2em 0.4em; text-align: start; vertical-align: top; }
        .form-table thead th { border-bottom-width: 2px; }
        .form-table tbody th { font-weight: 400; }
        .form-table tbody td, .form-table tbody th { height: 1.7em; }
        .form-table tr.form-blank-row td { height: 2.6em; }
        .form-table .form-choices { white-space: nowrap; }
        .form-table .form-choice { margin: 0; margin-inline-end: 0.6em; }
        .form-table .form-blank-cell { min-width: 4em; }
        .form-signature { margin: 1em 0 0.5em; }
        .form-signer { font-weight: 700; margin: 0 0 0.2em; }
        @media print {
          .form-fields, .form-lines, .form-ticks li, .form-table tr, .form-signature { break-inside: avoid; page-break-inside: avoid; }
          .form-table thead { display: table-header-group; }
          .form-lines .form-label, .form-signer { break-after: avoid; page-break-after: avoid; }
        }

        """
}
