namespace Caravan.Stories;

/// <summary>
/// The clusterer's undo journal: rolled back to a position, it decides as if the reports placed after that
/// position had never come: the same stories, the same closings, whatever came in between.
/// </summary>
public class StoryJournalTests
{
    [Fact]
    public void RollBack_ThenOtherReports_DecidesAsAClustererThatNeverSawTheRolledBackOnes()
    {
        var reports = SyntheticWeek.Reports(seed: 21, events: 12, perEvent: 8).Select(r => r.Doc).ToList();
        var (first, taken, rest) = (reports[..40], reports[40..70], reports[70..]);
        var journaled = new StoryClusterer();
        journaled.StartJournal();
        var plain = new StoryClusterer();
        foreach (var d in first) Assert.Equal(plain.Place(d), journaled.Place(d));
        var position = journaled.JournalPosition;
        foreach (var d in taken) journaled.Place(d);
        journaled.RollBack(position);
        Assert.Equal(position, journaled.JournalPosition);
        Assert.Equal(rest.Select(plain.Place).ToList(), rest.Select(journaled.Place).ToList());
        Assert.Equal(plain.LiveCount, journaled.LiveCount);
    }

    [Fact]
    public void RollBack_OverSweeps_PutsClosedStoriesBack_AndCommitReportsOnlyCommittedClosings()
    {
        // At most 3 live stories: placing reports of 12 events sweeps stories out again and again (the test asserts it).
        var options = new StoryOptions { MaxLiveStories = 3 };
        var reports = SyntheticWeek.Reports(seed: 4, events: 12, perEvent: 4).Select(r => r.Doc).ToList();
        var journaled = new StoryClusterer(options);
        journaled.StartJournal();
        var plain = new StoryClusterer(options);
        foreach (var d in reports[..20]) Assert.Equal(plain.Place(d), journaled.Place(d));
        var position = journaled.JournalPosition;
        foreach (var d in reports[20..]) journaled.Place(d);
        Assert.Empty(journaled.TakeClosed());
        journaled.RollBack(position);
        foreach (var d in reports[20..]) Assert.Equal(plain.Place(d), journaled.Place(d));
        journaled.Commit(journaled.JournalPosition);
        var closed = plain.TakeClosed();
        Assert.NotEmpty(closed);
        Assert.Equal(closed, journaled.TakeClosed());
        Assert.Equal(0, journaled.JournalCount);
    }

    [Fact]
    public void RollBack_BeforeACommittedPosition_Throws()
    {
        var journaled = new StoryClusterer();
        journaled.StartJournal();
        foreach (var d in SyntheticWeek.Reports(seed: 2, events: 3, perEvent: 3).Select(r => r.Doc)) journaled.Place(d);
        var start = journaled.JournalPosition;
        journaled.Place(new StoryDocument { Id = 1000, Text = "a report of its own about nothing else", Published = DateTimeOffset.UnixEpoch });
        journaled.Commit(journaled.JournalPosition);
        Assert.Throws<InvalidOperationException>(() => journaled.RollBack(start));
    }
}
