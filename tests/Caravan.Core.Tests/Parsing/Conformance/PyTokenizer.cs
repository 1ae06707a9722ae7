using System.Globalization;
using System.Text;

namespace Caravan.Parsing.Conformance;

/// <summary>Splits the Python expressions of feedparser's "Expect:" lines into tokens.</summary>
internal static class PyTokenizer
{
    public sealed record Token(char Kind, string Text, object? Value = null); // Kind: n(ame) s(tring) d(igit) o(perator) e(nd)

    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsStringStart(source, i, out var prefixLength))
            {
                var (value, next) = ReadString(source, i + prefixLength, raw: source[i..(i + prefixLength)].Contains('r', StringComparison.OrdinalIgnoreCase));
                tokens.Add(new Token('s', source[i..next], value));
                i = next;
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '.')) i++;
                var text = source[start..i].TrimEnd('L', 'l');
                object number = text.Contains('.') ? (object)double.Parse(text, CultureInfo.InvariantCulture) : long.Parse(text, CultureInfo.InvariantCulture);
                tokens.Add(new Token('d', text, number));
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_')) i++;
                tokens.Add(new Token('n', source[start..i]));
                continue;
            }
            var two = i + 1 < source.Length ? source.Substring(i, 2) : "";
            if (two is "==" or "!=" or "<=" or ">=" or "**")
            {
                tokens.Add(new Token('o', two));
                i += 2;
                continue;
            }
            tokens.Add(new Token('o', c.ToString()));
            i++;
        }
        tokens.Add(new Token('e', ""));
        return tokens;
    }

    private static bool IsStringStart(string s, int i, out int prefixLength)
    {
        prefixLength = 0;
        while (i + prefixLength < s.Length && prefixLength < 2 && "uUbBrR".Contains(s[i + prefixLength])) prefixLength++;
        if (i + prefixLength < s.Length && s[i + prefixLength] is '\'' or '"')
            return prefixLength == 0 || !(i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_'));
        prefixLength = 0;
        return false;
    }

    private static (string Value, int Next) ReadString(string s, int i, bool raw)
    {
        var quote = s[i];
        var triple = i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote;
        i += triple ? 3 : 1;
        var builder = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i];
            if (triple ? s.AsSpan(i).StartsWith(new string(quote, 3)) : c == quote)
                return (builder.ToString(), i + (triple ? 3 : 1));
            if (c == '\\' && i + 1 < s.Length && !raw)
            {
                var e = s[i + 1];
                i += 2;
                switch (e)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case '0': builder.Append('\0'); break;
                    case 'x': builder.Append((char)Convert.ToInt32(s.Substring(i, 2), 16)); i += 2; break;
                    case 'u': builder.Append((char)Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                    case 'U': builder.Append(char.ConvertFromUtf32(Convert.ToInt32(s.Substring(i, 8), 16))); i += 8; break;
                    case '\n': break;
                    default:
                        if (e is '\\' or '\'' or '"') builder.Append(e);
                        else builder.Append('\\').Append(e);
                        break;
                }
                continue;
            }
            if (c == '\\' && raw && i + 1 < s.Length && s[i + 1] == quote)
            {
                builder.Append('\\').Append(quote);
                i += 2;
                continue;
            }
            builder.Append(c);
            i++;
        }
        throw new FormatException("unterminated string literal");
    }
}
