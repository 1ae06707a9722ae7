using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>Function words of English and Russian (folded), which say nothing about which event a report is about.</summary>
static class Stopwords
{
    static readonly HashSet<string> Folded = new(
        ("the and for that with from this was were are has have had not but his her its their they them she him " +
         "who whom which what when where while will would could should been being said says also than then there " +
         "into over after before about more most other some such only one two new year years last first week " +
         "monday tuesday wednesday thursday friday saturday sunday on in at of to by as an a or be is it he we you our " +
         "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня " +
         "еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там " +
         "потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже " +
         "себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее " +
         "сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про " +
         "всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более " +
         "всегда конечно всю между также года году лет")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Transliterator.Fold), StringComparer.Ordinal);
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> folded) => Lookup.Contains(folded);
}
