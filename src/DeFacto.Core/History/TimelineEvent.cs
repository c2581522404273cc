using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;

namespace DeFacto.Core.History;

/// <summary>An event on a timeline, with the territory's assessment on the day it happened.</summary>
public sealed record TimelineEvent(Event Event, Assessment After);
