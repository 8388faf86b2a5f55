import DeckModel

/// The worksheet as one self-contained, print-ready HTML page: the questions, then the
/// answer key on a page of its own (each version on its own pages).
enum WorksheetHTML {
    static func page(_ sheet: Worksheet) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(sheet.title))</title>
            <style>
            body { font: 11pt/1.45 Georgia, "Times New Roman", serif; max-width: 42em; margin: 2em auto; color: #000; }
            h1 { font-size: 16pt; margin-bottom: 0.2em; }
            .meta { color: #555; font-size: 9pt; margin-bottom: 1.5em; }
            .name { margin: 1em 0 2em; }
            ol.questions > li { margin-bottom: 1.1em; break-inside: avoid; }
            ol.options { list-style: upper-alpha; margin: 0.3em 0 0; }
            .blank { display: inline-block; min-width: 16em; border-bottom: 1px solid #000; height: 1.2em; }
            .key { break-before: page; page-break-before: always; }
            .version { break-before: page; page-break-before: always; }
            @page { margin: 2cm; }
            @media print { body { margin: 0; max-width: none; } }
            </style>
            </head>
            <body>

            """
        for (index, version) in sheet.versions.enumerated() {
            html += "<section class=\"\(index == 0 ? "sheet" : "sheet version")\">\n"
            html += "<h1>\(escape(sheet.heading(version)))</h1>\n"
            html += "<p class=\"meta\">\(version.questions.count) questions · seed \(version.seed)</p>\n"
            html +=
                "<p class=\"name\">Name: <span class=\"blank\"></span> Date: <span class=\"blank\" "
                + "style=\"min-width:8em\"></span></p>\n"
            html += "<ol class=\"questions\">\n"
            for question in version.questions {
                html += "<li>\(escape(question.prompt))"
                if let options = question.options {
                    html += "\n<ol class=\"options\">" + options.map { "<li>\(escape($0))</li>" }.joined() + "</ol>"
                }
                switch question.kind.mode {
                case .typed: html += "<br>Answer: <span class=\"blank\"></span>"
                case .arrange: html += "<br>Order: <span class=\"blank\"></span>"
                case .choice, .trueFalse: break
                }
                html += "</li>\n"
            }
            html += "</ol>\n</section>\n"
            html += "<section class=\"key\">\n<h1>Answer key: \(escape(sheet.heading(version)))</h1>\n<ol>\n"
            for question in version.questions {
                html += "<li>" + sheet.keyEntry(question, bold: { "<b>\($0)</b>" }, escape: escape) + "</li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// Text for HTML: markup characters as entities; control characters as spaces.
    static func escape(_ text: String) -> String {
        TextEscaping.escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): " "
            default: nil
            }
        }
    }
}
