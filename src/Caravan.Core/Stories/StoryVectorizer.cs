using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>
/// A report's vectors: all its terms, and the language-independent ones (tag ids, names, numbers);
/// <paramref name="Language"/> is the report's language code, or its script when the language is unknown.
/// </summary>
public sealed record StoryVectors(SparseVector Words, SparseVector Anchors, string Language);

/// <summary>The script most of a report's letters are in: stands for the language when it is not known.</summary>
[Flags]
public enum Script { None = 0, Latin = 1, Cyrillic = 2 }

/// <summary>
/// Turns a report into a TF-IDF vector over folded words (so Cyrillic and Latin spellings of a name
/// meet), with title words and names counted more: names are capitalised word runs not opening a
/// sentence, plus tagged entities, kept as features of their own ("tara reid", not "tara" and "reid").
/// Beside it, the anchor vector keeps only what survives translation: tag ids (the gazetteer gives
/// Tokayev and Токаев one id), folded names and numbers, for joining reports across languages.
/// Document frequencies are learnt from the stream itself (Miranda et al. 2018 do the same).
/// </summary>
public sealed class StoryVectorizer
{
    public const int MaxTermsPerReport = 96, MaxAnchorsPerReport = 32;
    const float TitleWeight = 2f, NameWeight = 2.5f, CountryWeight = 1f;
    // Among anchors, the gazetteer's ids are the surest sign of one entity across languages.
    const float TagAnchorBoost = 3f;
    const int StemLength = 6;
    // Smoothed document frequencies: the IDF counts this many more documents, none holding the term, as if the
    // stream had a history. Without it the first reports of a stream weigh a term they share at almost nothing
    // (log(3 / 2.5) against log(3 / 1.5) for the second report), so the second report of an event finds none of the
    // first one's words among its heaviest and opens a story of its own. Measured on ECB+ in file order: B-cubed F1
    // 0.844 -> 0.875 (200: 0.862, 5000: 0.858); on a long stream the real counts soon outweigh it.
    const float BackgroundDocuments = 1000f;

    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    // Term by id: a rolled-back report's new terms are forgotten, so placing it again gives them the same ids.
    readonly List<string> _terms = [];
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly List<int> _df = [];
    readonly HashSet<int> _anchors = [], _tagTerms = [], _allTagIdTerms = [];

    /// <summary>Whether a term is a tag id ("@place:KG.osh") rather than a word of the text.</summary>
    public bool IsTagId(int term) => _allTagIdTerms.Contains(term);
    long _documents;

    public StoryVectorizer() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An independent copy: the same term ids and document frequencies, learning on from here on its own.</summary>
    public StoryVectorizer Copy()
    {
        var copy = new StoryVectorizer { _documents = _documents };
        foreach (var (term, id) in _ids) copy._ids[term] = id;
        copy._terms.AddRange(_terms);
        copy._df.AddRange(_df);
        copy._allTagIdTerms.UnionWith(_allTagIdTerms);
        return copy;
    }

    public int VocabularySize => _ids.Count;
    public long Bytes => _ids.Count * 80L + _df.Count * 4L;

    /// <summary>Counts the report's terms into the document frequencies and returns its unit vectors.</summary>
    public StoryVectors Vectorize(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var tf = new Dictionary<int, float>();
        var termsBefore = _ids.Count;
        List<int>? newTagIdTerms = Journal is null ? null : [];
        _anchors.Clear();
        _tagTerms.Clear();
        Collect(doc.Title, TitleWeight, tf);
        Collect(doc.Text, 1f, tf);
        foreach (var e in doc.Entities) AddTerm("#" + string.Join(' ', e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Transliterator.Fold)), NameWeight, tf, anchor: true);
        foreach (var id in doc.TagIds)
        {
            AddTerm("@" + id, id.StartsWith("country:", StringComparison.Ordinal) ? CountryWeight : NameWeight, tf, anchor: true);
            // A country is shared by most of an outlet's reports: not boosted.
            if (!id.StartsWith("country:", StringComparison.Ordinal)) _tagTerms.Add(_lookup["@" + id]);
            if (_allTagIdTerms.Add(_lookup["@" + id])) newTagIdTerms?.Add(_lookup["@" + id]);
        }
        _documents++;
        Journal?.Record(new VectorizeUndo(this, [.. tf.Keys], termsBefore, newTagIdTerms!));
        var weights = new Dictionary<int, float>(tf.Count);
        var anchors = new Dictionary<int, float>();
        foreach (var (term, count) in tf)
        {
            var df = ++_df[term];
            var idf = MathF.Log((_documents + 1f + BackgroundDocuments) / (df + 0.5f));
            if (idf <= 0) continue;
            weights[term] = (1 + MathF.Log(count)) * idf;
            if (_anchors.Contains(term)) anchors[term] = weights[term] * (_tagTerms.Contains(term) ? TagAnchorBoost : 1);
        }
        return new StoryVectors(SparseVector.TopUnit(weights, MaxTermsPerReport), SparseVector.TopUnit(anchors, MaxAnchorsPerReport), doc.Language ?? ScriptOf(doc).ToString());
    }

    // The name being read: a run of capitalised words ("#tara reid"), ended by any other word.
    readonly char[] _name = new char[96];
    int _nameLength, _nameWords;

    void Collect(string? text, float weight, Dictionary<int, float> tf)
    {
        WordScanner.Scan(text, (word, shape) =>
        {
            var isName = (shape & WordShape.Capitalised) != 0 && (shape & WordShape.SentenceStart) == 0;
            var isNumber = (shape & WordShape.Number) != 0;
            var isStopword = Stopwords.Contains(word);
            // A crude stemmer that works across languages: the first letters of a folded word. "Bishkek" and
            // "Бишкеке", "Kambarata" and "Камбаратинской", "checked" and "checks" meet.
            if (!isNumber && word.Length > StemLength) word = word[..StemLength];
            if (isName && _nameLength + word.Length + 2 < _name.Length)
            {
                _name[_nameLength++] = _nameWords == 0 ? '#' : ' ';
                word.CopyTo(_name.AsSpan(_nameLength));
                _nameLength += word.Length;
                _nameWords++;
            }
            else EndName(weight, tf);
            if (isStopword || word.Length < 3 && !isNumber) return;
            // Names and numbers of two digits or more survive translation; single digits are too common.
            AddTerm(word, weight, tf, anchor: isName && word.Length >= 4 || isNumber && word.Length >= 2);
        });
        EndName(weight, tf);
    }

    void EndName(float weight, Dictionary<int, float> tf)
    {
        if (_nameWords > 0 && _nameLength >= 4) AddTerm(_name.AsSpan(0, _nameLength), NameWeight * weight / 2, tf, anchor: false);
        _nameLength = _nameWords = 0;
    }

    void AddTerm(ReadOnlySpan<char> term, float weight, Dictionary<int, float> tf, bool anchor)
    {
        if (!_lookup.TryGetValue(term, out var id))
        {
            id = _ids.Count;
            var text = term.ToString();
            _ids[text] = id;
            _terms.Add(text);
            _df.Add(0);
        }
        tf[id] = tf.GetValueOrDefault(id) + weight;
        if (anchor) _anchors.Add(id);
    }

    static Script ScriptOf(StoryDocument doc)
    {
        int latin = 0, cyrillic = 0;
        foreach (var text in (ReadOnlySpan<string?>)[doc.Title, doc.Text])
            foreach (var c in (text ?? "").AsSpan(0, Math.Min(text?.Length ?? 0, 2000)))
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
                else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
        return latin + cyrillic == 0 ? Script.None : cyrillic > latin ? Script.Cyrillic : Script.Latin;
    }

    /// <summary>Set by <see cref="StoryClusterer.StartJournal"/>: each vectorized report records how to take back what it counted.</summary>
    internal StoryJournal? Journal { get; set; }

    /// <summary>A report's counts taken back: its document frequencies, the document count, the terms it brought into the vocabulary.</summary>
    sealed class VectorizeUndo(StoryVectorizer owner, int[] counted, int termsBefore, List<int> newTagIdTerms) : IStoryUndo
    {
        public void Undo()
        {
            foreach (var term in counted) owner._df[term]--;
            owner._documents--;
            foreach (var term in newTagIdTerms) owner._allTagIdTerms.Remove(term);
            for (var id = owner._terms.Count - 1; id >= termsBefore; id--) owner._ids.Remove(owner._terms[id]);
            owner._terms.RemoveRange(termsBefore, owner._terms.Count - termsBefore);
            owner._df.RemoveRange(termsBefore, owner._df.Count - termsBefore);
        }
    }
}
