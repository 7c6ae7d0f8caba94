import Testing
@testable import PolicyKit

/// Plain text in a script written without spaces wraps between characters, by display
/// width, and never starts a line with closing punctuation or ends one with opening.
@Suite struct ChineseWrappingTests {
    private func text(_ markdown: String, width: Int) -> String {
        MarkdownRenderer.plainText(fromMarkdown: markdown, width: width)
    }

    @Test func wrapsBetweenCharactersWithoutAddingSpaces() {
        let sentence = "您可以要求复查根据本守则作出的任何决定请在三十天内告诉任何一位工作人员"
        let output = text(sentence, width: 20)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) == 20 })
        #expect(lines.joined() == sentence)
    }

    @Test func closingPunctuationStaysWithTheCharacterBefore() {
        // "。" would start the second line; the character before it moves down with it.
        #expect(text("一二三四五。六七八九十", width: 10) == "一二三四\n五。六七八\n九十\n")
        #expect(text("一二三四，五六七八）九", width: 8) == "一二三\n四，五六\n七八）九\n")
    }

    @Test func openingPunctuationStaysWithTheCharacterAfter() {
        #expect(text("一二三「四五」", width: 8) == "一二三\n「四五」\n")
    }

    @Test func spacesAroundLatinWordsAreKept() {
        #expect(text("请拨打 9-1-1 报警。", width: 72) == "请拨打 9-1-1 报警。\n")
        // Western digits written against the characters may break from them, but not from "。".
        #expect(text("我们会在10个工作日内答复您。", width: 12) == "我们会在10个\n工作日内答复\n您。\n")
    }

    @Test func aLineNeverStartsWithClosingPunctuation() {
        let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》"]
        let paragraph = String(repeating: "工作人员，服务对象。（家访）「守则」！", count: 12)
        for width in 6...40 {
            let lines = text(paragraph, width: width).split(separator: "\n")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(lines.allSatisfy { !closing.contains($0.first!) }, "width \(width)")
            #expect(lines.joined() == paragraph)
        }
    }

    @Test func latinTextStillWrapsAtSpaces() {
        #expect(text("Staff may end any interaction that feels unsafe.", width: 20) == "Staff may end any\ninteraction that\nfeels unsafe.\n")
    }
}
