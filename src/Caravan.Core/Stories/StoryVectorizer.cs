using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>
/// Turns a report into a TF-IDF vector over folded words (so Cyrillic and Latin spellings of a name
/// meet), with title words and names counted more: names are capitalised word runs not opening a
/// sentence, plus tagged entities, kept as features of their own ("tara reid", not "tara" and "reid").
/// Document frequencies are learnt from the stream itself (Miranda et al. 2018 do the same).
/// </summary>
public sealed class StoryVectorizer
{
    public const int MaxTermsPerReport = 96;
    const float TitleWeight = 2f, NameWeight = 2.5f;
    const int StemLength = 6;

    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly List<int> _df = [];
    long _documents;

    public StoryVectorizer() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int VocabularySize => _ids.Count;
    public long Bytes => _ids.Count * 80L + _df.Count * 4L;

    /// <summary>Counts the report's terms into the document frequencies and returns its unit vector.</summary>
    public SparseVector Vectorize(StoryDocument doc)
    {
        var tf = new Dictionary<int, float>();
        Collect(doc.Title, TitleWeight, tf);
        Collect(doc.Text, 1f, tf);
        foreach (var e in doc.Entities) AddTerm("#" + string.Join(' ', e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Transliterator.Fold)), NameWeight, tf);
        _documents++;
        var weights = new Dictionary<int, float>(tf.Count);
        foreach (var (term, count) in tf)
        {
            var df = ++_df[term];
            var idf = MathF.Log((_documents + 1f) / (df + 0.5f));
            if (idf > 0) weights[term] = (1 + MathF.Log(count)) * idf;
        }
        return SparseVector.TopUnit(weights, MaxTermsPerReport);
    }

    // The name being read: a run of capitalised words ("#tara reid"), ended by any other word.
    readonly char[] _name = new char[96];
    int _nameLength, _nameWords;

    void Collect(string? text, float weight, Dictionary<int, float> tf)
    {
        WordScanner.Scan(text, (word, shape) =>
        {
            var isName = (shape & WordShape.Capitalised) != 0 && (shape & WordShape.SentenceStart) == 0;
            var isStopword = Stopwords.Contains(word);
            // A crude stemmer that works across languages: the first letters of a folded word. "Bishkek" and
            // "Бишкеке", "Kambarata" and "Камбаратинской", "checked" and "checks" meet.
            if ((shape & WordShape.Number) == 0 && word.Length > StemLength) word = word[..StemLength];
            if (isName && _nameLength + word.Length + 2 < _name.Length)
            {
                _name[_nameLength++] = _nameWords == 0 ? '#' : ' ';
                word.CopyTo(_name.AsSpan(_nameLength));
                _nameLength += word.Length;
                _nameWords++;
            }
            else EndName(weight, tf);
            if (isStopword || word.Length < 3 && (shape & WordShape.Number) == 0) return;
            AddTerm(word, weight, tf);
        });
        EndName(weight, tf);
    }

    void EndName(float weight, Dictionary<int, float> tf)
    {
        if (_nameWords > 0 && _nameLength >= 4) AddTerm(_name.AsSpan(0, _nameLength), NameWeight * weight / 2, tf);
        _nameLength = _nameWords = 0;
    }

    void AddTerm(ReadOnlySpan<char> term, float weight, Dictionary<int, float> tf)
    {
        if (!_lookup.TryGetValue(term, out var id))
        {
            id = _ids.Count;
            _lookup[term] = id;
            _df.Add(0);
        }
        tf[id] = tf.GetValueOrDefault(id) + weight;
    }
}
