namespace DeFacto.Tests.Fuzzing;

/// <summary>
/// One reader under fuzzing: inputs to start from, and a way to feed it one input. <see cref="Feed"/> returns
/// null when the reader answered as documented (a result, or a problem value), otherwise what went wrong;
/// an exception escaping it is a crash as well.
/// </summary>
internal sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], string?> Feed);
