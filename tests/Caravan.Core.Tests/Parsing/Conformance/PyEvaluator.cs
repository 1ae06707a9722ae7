using System.Collections;
using static Caravan.Parsing.Conformance.PyTokenizer;

namespace Caravan.Parsing.Conformance;

/// <summary>A key or attribute feedparser's result has but Caravan's projection does not.</summary>
internal sealed class PyMissingKeyException(string key) : Exception($"no key '{key}'")
{
    public string Key { get; } = key;
}

/// <summary>
/// Evaluates the Python subset of feedparser's "Expect:" lines: and, or, not, ==, !=, &lt;, &gt;, in, not in,
/// is (not) None, len(), ord(), .get(), indexing, attribute and key access, tuple/list/dict/str/int literals.
/// Values: null, bool, long, double, string, object?[] (tuple), List&lt;object?&gt;, Dictionary&lt;string, object?&gt;.
/// </summary>
internal sealed class PyEvaluator(IReadOnlyDictionary<string, object?> names)
{
    private List<Token> _tokens = [];
    private int _pos;

    public bool Evaluate(string expression)
    {
        _tokens = Tokenize(expression);
        _pos = 0;
        var value = Or();
        if (Peek.Kind != 'e')
            throw new FormatException($"unexpected '{Peek.Text}'");
        return Truthy(value);
    }

    private Token Peek => _tokens[_pos];
    private Token Next() => _tokens[_pos++];
    private bool Accept(string text)
    {
        if ((Peek.Kind is 'n' or 'o') && Peek.Text == text) { _pos++; return true; }
        return false;
    }
    private void Expect(string text)
    {
        if (!Accept(text)) throw new FormatException($"expected '{text}' at '{Peek.Text}'");
    }

    private object? Or()
    {
        var left = And();
        while (Accept("or")) { var right = And(); left = Truthy(left) ? left : right; }
        return left;
    }

    private object? And()
    {
        var left = Not();
        while (Accept("and")) { var right = Not(); left = Truthy(left) ? right : left; }
        return left;
    }

    private object? Not() => Accept("not") ? !Truthy(Not()) : Comparison();

    /// <summary>Comparisons chain as in Python: a == b == c means a == b and b == c.</summary>
    private object? Comparison()
    {
        var left = Primary();
        bool? result = null;
        while (true)
        {
            bool outcome;
            object? right;
            if (Accept("==")) outcome = PyEquals(left, right = Primary());
            else if (Accept("!=")) outcome = !PyEquals(left, right = Primary());
            else if (Accept("<")) outcome = Compare(left, right = Primary()) < 0;
            else if (Accept(">")) outcome = Compare(left, right = Primary()) > 0;
            else if (Accept("<=")) outcome = Compare(left, right = Primary()) <= 0;
            else if (Accept(">=")) outcome = Compare(left, right = Primary()) >= 0;
            else if (Accept("in")) outcome = Contains(right = Primary(), left);
            else if (Peek.Text == "not" && _tokens[_pos + 1].Text == "in") { _pos += 2; outcome = !Contains(right = Primary(), left); }
            else if (Accept("is")) { var negate = Accept("not"); right = Primary(); outcome = ReferenceEquals(left, right) || (left is null && right is null) || (left is bool a && right is bool b && a == b) ? !negate : negate; }
            else return result ?? left;
            result = (result ?? true) && outcome;
            left = right;
        }
    }

    private object? Primary()
    {
        var (value, pendingName) = Atom();
        while (true)
        {
            if (Accept("."))
            {
                var name = Next().Text;
                if (Peek.Text == "(") { value = CallMethod(value, name); continue; }
                value = Member(value, name);
            }
            else if (Accept("["))
            {
                var index = Or();
                Expect("]");
                value = Index(value, index);
            }
            else if (Peek.Text == "(" && pendingName is not null)
            {
                value = CallFunction(pendingName);
            }
            else return value;
            pendingName = null;
        }
    }

    private (object? Value, string? Name) Atom()
    {
        var token = Next();
        switch (token.Kind)
        {
            case 's':
                var text = (string)token.Value!;
                while (Peek.Kind == 's') text += (string)Next().Value!; // implicit concatenation
                return (text, null);
            case 'd': return (token.Value, null);
            case 'n':
                return token.Text switch
                {
                    "None" => (null, null),
                    "True" => (true, null),
                    "False" => (false, null),
                    "len" or "ord" or "isinstance" or "int" or "str" or "float" => (null, token.Text),
                    "datetime" => (DatetimeModule, null),
                    _ when names.TryGetValue(token.Text, out var value) => (value, null),
                    _ => throw new PyMissingKeyException(token.Text),
                };
        }
        if (token.Text == "(")
        {
            if (Accept(")")) return (Array.Empty<object?>(), null);
            var first = Or();
            if (Accept(")")) return (first, null);
            var items = new List<object?> { first };
            while (Accept(",")) { if (Peek.Text == ")") break; items.Add(Or()); }
            Expect(")");
            return (items.ToArray(), null);
        }
        if (token.Text == "[")
        {
            var list = new List<object?>();
            while (!Accept("]")) { list.Add(Or()); Accept(","); }
            return (list, null);
        }
        if (token.Text == "{")
        {
            var dict = new Dictionary<string, object?>();
            while (!Accept("}")) { var key = Or()?.ToString() ?? ""; Expect(":"); dict[key] = Or(); Accept(","); }
            return (dict, null);
        }
        if (token.Text == "-" && Peek.Kind == 'd')
        {
            var number = Next().Value;
            return (number is long l ? -l : -(double)number!, null);
        }
        throw new FormatException($"unexpected '{token.Text}'");
    }

    private object? CallFunction(string name)
    {
        Expect("(");
        var args = new List<object?>();
        while (!Accept(")")) { args.Add(Or()); Accept(","); }
        return name switch
        {
            "len" => (long)(args[0] switch { string s => s.Length, ICollection c => c.Count, _ => throw new FormatException("len() of non-collection") }),
            "ord" => args[0] is string { Length: 1 } s ? (long)s[0] : throw new FormatException("ord() of non-character"),
            "int" => Convert.ToInt64(args[0]),
            "str" => args[0]?.ToString(),
            "float" => Convert.ToDouble(args[0]),
            _ => throw new PyMissingKeyException(name + "()"),
        };
    }

    private object? CallMethod(object? target, string name)
    {
        Expect("(");
        var args = new List<object?>();
        while (!Accept(")")) { args.Add(Or()); Accept(","); }
        if (target is Dictionary<string, object?> dict && name == "get")
            return FeedParserDict.TryGet(dict, (string)args[0]!, out var value) ? value : args.Count > 1 ? args[1] : null;
        // datetime.timedelta(days, seconds, microseconds)
        if (ReferenceEquals(target, DatetimeModule) && name == "timedelta")
            return TimeSpan.FromDays(Convert.ToDouble(args.ElementAtOrDefault(0) ?? 0L)) + TimeSpan.FromSeconds(Convert.ToDouble(args.ElementAtOrDefault(1) ?? 0L))
                + TimeSpan.FromMicroseconds(Convert.ToDouble(args.ElementAtOrDefault(2) ?? 0L));
        if (target is Dictionary<string, object?> d && name is "has_key")
            return d.ContainsKey((string)args[0]!);
        if (target is Dictionary<string, object?> k && name is "keys")
            return k.Keys.Cast<object?>().ToList();
        if (target is string s && name is "startswith" or "endswith" or "strip" or "lower")
            return name switch { "startswith" => s.StartsWith((string)args[0]!, StringComparison.Ordinal), "endswith" => s.EndsWith((string)args[0]!, StringComparison.Ordinal), "strip" => s.Trim(), _ => s.ToLowerInvariant() };
        throw new PyMissingKeyException(name + "()");
    }

    private static object? Member(object? target, string name) => target is Dictionary<string, object?> dict
        ? FeedParserDict.TryGet(dict, name, out var value) ? value : throw new PyMissingKeyException(name)
        : throw new PyMissingKeyException(name);

    // A negative literal index arrives as a number from unary minus; Python indexes with its integer value.
    private static object? Index(object? target, object? index) => Subscript(target, index is double d && d == Math.Truncate(d) ? (long)d : index);

    private static object? Subscript(object? target, object? index) => target switch
    {
        Dictionary<string, object?> dict => FeedParserDict.TryGet(dict, index?.ToString() ?? "", out var value) ? value : throw new PyMissingKeyException(index?.ToString() ?? "None"),
        IList list when index is long i => i < list.Count && i >= -list.Count ? list[(int)(i < 0 ? list.Count + i : i)] : throw new PyMissingKeyException($"[{i}] of {list.Count}"),
        string s when index is long i => i < s.Length ? s[(int)i].ToString() : throw new PyMissingKeyException($"[{i}]"),
        _ => throw new PyMissingKeyException($"[{index}] on {target?.GetType().Name ?? "None"} with {index?.GetType().Name}"),
    };

    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length > 0,
        ICollection c => c.Count > 0,
        _ => true,
    };

    /// <summary>Stands for Python's datetime module, whose timedelta the psc cases compare with.</summary>
    private static readonly object DatetimeModule = new();

    public static bool PyEquals(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is TimeSpan ta && b is TimeSpan tb) return ta == tb;
        if (a is bool ab) a = ab ? 1L : 0L;
        if (b is bool bb) b = bb ? 1L : 0L;
        if (a is long or double && b is long or double) return Convert.ToDouble(a) == Convert.ToDouble(b);
        if (a is string sa && b is string sb) return sa == sb;
        if (a is Dictionary<string, object?> da && b is Dictionary<string, object?> db)
            return da.Count == db.Count && da.All(kv => db.TryGetValue(kv.Key, out var v) && PyEquals(kv.Value, v));
        if (a is IList la && b is IList lb && a is not string && b is not string)
        {
            if (la.Count != lb.Count) return false;
            for (var i = 0; i < la.Count; i++) if (!PyEquals(la[i], lb[i])) return false;
            return true;
        }
        return false;
    }

    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (long or double, long or double) => Convert.ToDouble(a).CompareTo(Convert.ToDouble(b)),
        (string sa, string sb) => string.CompareOrdinal(sa, sb),
        _ => throw new FormatException("unorderable values"),
    };

    private static bool Contains(object? container, object? item) => container switch
    {
        string s => item is string i && s.Contains(i, StringComparison.Ordinal),
        Dictionary<string, object?> d => item is string k && d.ContainsKey(k),
        IList list => list.Cast<object?>().Any(x => PyEquals(x, item)),
        _ => throw new FormatException("'in' on a non-container"),
    };
}
