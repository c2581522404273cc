using System.Text;

namespace DeFacto.Cli.Daemon;

/// <summary>
/// The two output streams of a command run by the daemon, written as frames into one socket in the order the
/// command wrote them (so stdout and stderr interleave on the caller's terminal as they would have in process).
/// Text is buffered a little and sent as the buffer fills, on a flush, and at the end.
/// </summary>
internal sealed class FrameSink(Stream stream) : IDisposable
{
    private const int Chunk = 16 * 1024;
    private readonly BinaryWriter _writer = new(stream, DaemonWire.Utf8, leaveOpen: true);
    private readonly StringBuilder _pending = new();
    private byte _pendingKind;

    public TextWriter Out => field ??= new Side(this, DaemonWire.Out);

    public TextWriter Error => field ??= new Side(this, DaemonWire.Error);

    public void Dispose() => _writer.Dispose();

    /// <summary>Sends what is buffered, then the exit status.</summary>
    public void End(int exit)
    {
        Send();
        _writer.Write(DaemonWire.Exit);
        _writer.Write(exit);
        _writer.Flush();
    }

    private void Append(byte kind, ReadOnlySpan<char> text)
    {
        lock (_pending)
        {
            if (kind != _pendingKind && _pending.Length > 0)
            {
                Send();
            }

            _pendingKind = kind;
            _pending.Append(text);
            if (_pending.Length >= Chunk)
            {
                Send();
            }
        }
    }

    private void Send()
    {
        lock (_pending)
        {
            if (_pending.Length == 0)
            {
                return;
            }

            _writer.Write(_pendingKind);
            _writer.Write(_pending.ToString());
            _writer.Flush();
            _pending.Clear();
        }
    }

    private sealed class Side(FrameSink sink, byte kind) : TextWriter
    {
        public override Encoding Encoding => DaemonWire.Utf8;

        public override void Write(char value) => sink.Append(kind, [value]);

        public override void Write(string? value) => sink.Append(kind, value);

        public override void Write(char[] buffer, int index, int count) => sink.Append(kind, buffer.AsSpan(index, count));

        public override void Flush() => sink.Send();
    }
}
