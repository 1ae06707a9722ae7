using System.Text;

namespace Caravan.Parsing.Xml;

/// <summary>
/// Builds a <see cref="FeedNode"/> tree from text a conforming XML reader rejects: undefined (HTML) entities,
/// bare ampersands and angle brackets, mismatched or unclosed tags, control characters, junk after the root.
/// Every repair is recorded as a problem, like feedparser's loose parser sets bozo.
/// </summary>
internal sealed class LenientTreeReader
{
    private static readonly HashSet<string> VoidHtmlElements = new(StringComparer.OrdinalIgnoreCase) { "br", "hr", "img", "wbr" };
    private readonly string _text;
    private readonly Uri? _documentBase;
    private readonly FeedParseOptions _options;
    private readonly List<string> _problems;
    private readonly Stack<(FeedNode Node, Dictionary<string, string>? Scope)> _stack = new();
    private readonly EntityTable _entities;
    private FeedNode? _root;
    private int _pos;

    private LenientTreeReader(string text, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        _text = text;
        _documentBase = documentBase;
        _options = options;
        _problems = problems;
        _entities = new EntityTable(options.MaxEntityExpansionChars, problems);
    }

    /// <summary>Returns the root element, or null when the text holds no element at all.</summary>
    public static FeedNode? Read(string text, Uri? documentBase, FeedParseOptions options, List<string> problems) =>
        new LenientTreeReader(text, documentBase, options, problems).Run();

    private FeedNode? Run()
    {
        while (_pos < _text.Length)
        {
            if (_root is not null && _stack.Count == 0)
            {
                if (_text.AsSpan(_pos).Trim().Length > 0 && !_text.AsSpan(_pos).TrimStart().StartsWith("<!--"))
                    Problem("junk after the root element ignored");
                break;
            }
            var lt = _text.IndexOf('<', _pos);
            if (lt < 0)
            {
                AddText(_text[_pos..], decode: true);
                break;
            }
            if (lt > _pos)
                AddText(_text[_pos..lt], decode: true);
            _pos = lt;
            ReadMarkup();
        }
        if (_stack.Count > 0)
            Problem($"{_stack.Count} unclosed element(s) at end of document, starting with <{_stack.Peek().Node.QualifiedName}>");
        return _root;
    }

    private void ReadMarkup()
    {
        var rest = _text.AsSpan(_pos);
        if (rest.StartsWith("<!--"))
            SkipPast("-->", "unterminated comment");
        else if (rest.StartsWith("<![CDATA[", StringComparison.OrdinalIgnoreCase))
        {
            var end = _text.IndexOf("]]>", _pos + 9, StringComparison.Ordinal);
            if (end < 0)
                Problem("unterminated CDATA section");
            var content = end < 0 ? _text[(_pos + 9)..] : _text[(_pos + 9)..end];
            AddText(content, decode: false);
            if (_stack.Count > 0)
                _stack.Peek().Node.HasCData = true;
            _pos = end < 0 ? _text.Length : end + 3;
        }
        else if (rest.StartsWith("<!"))
            ReadDeclaration();
        else if (rest.StartsWith("<?"))
            SkipPast("?>", "unterminated processing instruction");
        else if (rest.StartsWith("</"))
            ReadEndTag();
        else if (rest.Length > 1 && IsNameStart(rest[1]))
            ReadStartTag();
        else
        {
            Problem("unescaped '<' in text");
            AddText("<", decode: false);
            _pos++;
        }
    }

    private void ReadDeclaration()
    {
        // <!DOCTYPE ... [ internal subset ] >: collect internal general entities, fetch nothing.
        var depth = 0;
        var start = _pos;
        var i = _pos + 2;
        for (; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '>' && depth <= 0) break;
        }
        var declaration = _text[start..Math.Min(i + 1, _text.Length)];
        _entities.Declare(declaration);
        _pos = Math.Min(i + 1, _text.Length);
    }

    private void ReadEndTag()
    {
        var end = _text.IndexOf('>', _pos);
        if (end < 0)
        {
            Problem("unterminated end tag");
            _pos = _text.Length;
            return;
        }
        var name = _text[(_pos + 2)..end].Trim();
        _pos = end + 1;
        foreach (var (open, _) in _stack)
        {
            if (!string.Equals(open.QualifiedName, name, StringComparison.OrdinalIgnoreCase))
                continue;
            while (true)
            {
                var (popped, _) = _stack.Pop();
                if (ReferenceEquals(popped, open))
                    return;
                if (!VoidHtmlElements.Contains(popped.LocalName))
                    Problem($"<{popped.QualifiedName}> closed by </{name}>");
            }
        }
        Problem($"end tag </{name}> matches no open element");
    }

    private void ReadStartTag()
    {
        var i = _pos + 1;
        var nameStart = i;
        while (i < _text.Length && IsNameChar(_text[i])) i++;
        var qname = _text[nameStart..i];
        var rawAttributes = new List<(string Name, string Value)>();
        var selfClosing = false;
        while (i < _text.Length)
        {
            while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
            if (i >= _text.Length) break;
            var c = _text[i];
            if (c == '>') { i++; break; }
            if (c == '/' && i + 1 < _text.Length && _text[i + 1] == '>') { selfClosing = true; i += 2; break; }
            if (c == '<') { Problem($"unterminated start tag <{qname}>"); break; }
            var attrStart = i;
            while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] is not ('=' or '>' or '/' or '<')) i++;
            if (i == attrStart) { i++; continue; }
            var attrName = _text[attrStart..i];
            while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
            var value = "";
            if (i < _text.Length && _text[i] == '=')
            {
                i++;
                while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
                if (i < _text.Length && _text[i] is '"' or '\'')
                {
                    var quote = _text[i];
                    var close = _text.IndexOf(quote, i + 1);
                    if (close < 0) close = _text.Length;
                    value = _entities.Decode(_text[(i + 1)..close]);
                    i = Math.Min(close + 1, _text.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] != '>') i++;
                    value = _entities.Decode(_text[valueStart..i]);
                    Problem($"unquoted attribute value on <{qname}>");
                }
            }
            rawAttributes.Add((attrName, value));
        }
        _pos = i;
        OpenElement(qname, rawAttributes, selfClosing);
    }

    private void OpenElement(string qname, List<(string Name, string Value)> rawAttributes, bool selfClosing)
    {
        Dictionary<string, string>? scope = null;
        foreach (var (name, value) in rawAttributes)
        {
            if (name == "xmlns")
                (scope ??= [])[""] = Namespaces.Normalize(value.Trim());
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
                (scope ??= [])[name[6..]] = Namespaces.Normalize(value.Trim());
        }
        var parent = _stack.Count > 0 ? _stack.Peek().Node : null;
        var (prefix, local) = Split(qname);
        var node = new FeedNode(prefix, local, LookupNamespace(prefix, scope, isAttribute: false));
        foreach (var (name, value) in rawAttributes)
        {
            if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
                continue;
            var (attrPrefix, attrLocal) = Split(name);
            node.AddAttribute(new FeedAttribute(attrPrefix, attrLocal, LookupNamespace(attrPrefix, scope, isAttribute: true), value));
        }
        TreeRules.Inherit(node, parent, _documentBase);
        if (parent is null)
        {
            if (_root is not null)
                return;
            _root = node;
        }
        else
            parent.Children.Add(node);
        if (_stack.Count >= _options.MaxDepth)
            throw new FeedLimitException($"nesting deeper than {_options.MaxDepth} elements");
        if (!selfClosing && !(VoidHtmlElements.Contains(local) && parent is not null && parent.Namespace != Namespaces.Xhtml))
            _stack.Push((node, scope));
    }

    private string LookupNamespace(string prefix, Dictionary<string, string>? own, bool isAttribute)
    {
        if (prefix.Length == 0 && isAttribute)
            return "";
        if (own is not null && own.TryGetValue(prefix, out var declared))
            return declared;
        foreach (var (_, scope) in _stack)
            if (scope is not null && scope.TryGetValue(prefix, out var inherited))
                return inherited;
        if (prefix.Length == 0)
            return "";
        if (Namespaces.WellKnownPrefixes.TryGetValue(prefix, out var known))
        {
            if (prefix != "xml")
                Problem($"undeclared namespace prefix '{prefix}'");
            return known;
        }
        Problem($"undeclared namespace prefix '{prefix}'");
        return "undeclared:" + prefix;
    }

    private void AddText(string text, bool decode)
    {
        if (_stack.Count == 0)
            return;
        var value = decode ? _entities.Decode(text) : text;
        TreeRules.AppendText(_stack.Peek().Node, value);
    }

    private void SkipPast(string terminator, string problem)
    {
        var end = _text.IndexOf(terminator, _pos + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            Problem(problem);
            _pos = _text.Length;
        }
        else
            _pos = end + terminator.Length;
    }

    private void Problem(string problem)
    {
        if (_problems.Count < 100 && !_problems.Contains(problem))
            _problems.Add(problem);
    }

    private static (string Prefix, string Local) Split(string qname)
    {
        var colon = qname.IndexOf(':');
        return colon <= 0 ? ("", qname) : (qname[..colon], qname[(colon + 1)..]);
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
