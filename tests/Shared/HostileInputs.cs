using System.Text;

namespace DeFacto.Tests;

/// <summary>Inputs built to break readers, as the reliability pass found them: deep page trees, deep HTML.</summary>
internal static class HostileInputs
{
    /// <summary>A PDF whose page tree is a chain <paramref name="depth"/> levels deep (or, with <paramref name="loop"/>, one that lists itself).</summary>
    public static byte[] DeepPdf(int depth, bool loop = false)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            loop ? "<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 1 >>" : "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (var i = 0; i < depth; i++)
        {
            var self = 4 + i;
            var kid = i + 1 < depth ? self + 1 : 4 + depth;
            objects.Add($"<< /Type /Pages /Parent {self - 1} 0 R /Kids [{kid} 0 R] /Count 1 >>");
        }

        objects.Add($"<< /Type /Page /Parent {3 + depth} 0 R /MediaBox [0 0 612 792] /Contents {5 + depth} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
        const string content = "BT /F1 12 Tf 72 720 Td (Some 3,500 Russian soldiers are stationed in South Ossetia.) Tj ET";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        offsets.Add(pdf.Length);
        pdf.Append($"{objects.Count + 1} 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n");
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A sentence inside <paramref name="depth"/> nested &lt;div&gt; elements.</summary>
    public static string DeepHtml(int depth, string sentence) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + sentence + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>\n";
}
