import Testing
@testable import PolicyKit

/// `policykit parse --json`: the YAML 1.2 core schema and JSON text.
struct JSONOutputTests {
    let json = ParserTestSupport.json

    @Test func nullsAndBooleans() {
        #expect(json("[~, null, Null, NULL, true, True, TRUE, false, False, FALSE, yes, no, nULL]")
                == #"[null,null,null,null,true,true,true,false,false,false,"yes","no","nULL"]"#)
    }

    @Test func integers() {
        #expect(json("[0, -0, +12, 007, 0o17, 0x1F, 0xff, 0o8, 0x, 1_000, 123456789012345678901234567890]")
                == #"[0,0,12,7,15,31,255,"0o8","0x","1_000",123456789012345678901234567890]"#)
        #expect(json("0xFFFFFFFFFFFFFFFFFFFF") == "1208925819614629174706175")
    }

    @Test func floats() {
        #expect(json("[1.5, -2.25, .5, +.5, 1., 1e3, 1.5E-3, -1e+10, 012.50, 12e, ., 1.2.3]")
                == #"[1.5,-2.25,0.5,0.5,1.0,1.0e3,1.5e-3,-1.0e10,12.50,"12e",".","1.2.3"]"#)
    }

    @Test func infinityAndNaNCannotBeJSON() {
        #expect(json("a: .inf\nb: -.Inf\nc: .NaN\n") == """
        1:4: '.inf' is a float JSON cannot represent; quote it to keep it as text
        2:4: '-.Inf' is a float JSON cannot represent; quote it to keep it as text
        3:4: '.NaN' is a float JSON cannot represent; quote it to keep it as text
        """)
        #expect(json("a: '.inf'") == #"{"a":".inf"}"#)
    }

    @Test func keysAreStrings() {
        #expect(json("1: a\n0x10: b\ntrue: c\n~: d\n1.50: e\n") == #"{"1":"a","16":"b","true":"c","null":"d","1.50":"e"}"#)
    }

    @Test func stringsAreEscaped() {
        #expect(json(#"["quote \" backslash \\ tab \t nl \n cr \r bell \a del \x7F", "é 😀 /"]"#)
                == #"["quote \" backslash \\ tab \t nl \n cr \r bell \u0007 del \u007f","é 😀 /"]"#)
    }

    @Test func keyOrderIsKept() {
        #expect(json("z: 1\na: 2\nm: 3\n") == #"{"z":1,"a":2,"m":3}"#)
    }
}
