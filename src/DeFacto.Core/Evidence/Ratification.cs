using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

public sealed record Ratification(string Party, PartialDate Date);
