/// Recognises reserved words straight from the source bytes, without making a `String`.
enum KeywordTable {
    /// The keyword spelled by `bytes[start..<stop]`, if it is one. Every
    /// keyword is 2–8 ASCII letters, so it packs big-endian into a `UInt64`
    /// (`0x6966` is "if"); `LexerTests` checks every `Keyword` is found.
    static func keyword(in bytes: [UInt8], from start: Int, to stop: Int) -> Keyword? {
        guard stop - start >= 2, stop - start <= 8 else { return nil }
        var packed: UInt64 = 0
        for index in start..<stop { packed = packed << 8 | UInt64(bytes[index]) }
        return keyword(packed: packed)
    }

    /// The keyword whose 2–8 letters pack (as above) into `packed`, if any.
    static func keyword(packed: UInt64) -> Keyword? {
        switch packed {
        case 0x6279: .by  // by
        case 0x6966: .`if`  // if
        case 0x696E: .`in`  // in
        case 0x6973: .`is`  // is
        case 0x6F6E: .on  // on
        case 0x6F72: .or  // or
        case 0x746F: .to  // to
        case 0x616E64: .and  // and
        case 0x646179: .day  // day
        case 0x666F72: .`for`  // for
        case 0x6C6574: .`let`  // let
        case 0x6E6F74: .not  // not
        case 0x736179: .say  // say
        case 0x656C7365: .`else`  // else
        case 0x66726F6D: .from  // from
        case 0x67726964: .grid  // grid
        case 0x696E746F: .into  // into
        case 0x74727565: .`true`  // true
        case 0x766F7465: .vote  // vote
        case 0x627265616B: .`break`  // break
        case 0x66616C7365: .`false`  // false
        case 0x706C616365: .place  // place
        case 0x7374616765: .stage  // stage
        case 0x7768657265: .`where`  // where
        case 0x696D706F7274: .`import`  // import
        case 0x6F7574707574: .output  // output
        case 0x70726F6D7074: .prompt  // prompt
        case 0x72657475726E: .`return`  // return
        case 0x616374696F6E73: .actions  // actions
        case 0x636C7573746572: .cluster  // cluster
        case 0x6163746976697479: .activity  // activity
        case 0x776F726B73686F70: .workshop  // workshop
        default: nil
        }
    }
}
