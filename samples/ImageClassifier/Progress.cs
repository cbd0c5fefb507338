namespace ImageClassifier;

/// <summary>A one-line progress bar on a terminal; on redirected output, only the per-epoch summaries.</summary>
internal static class Progress
{
    private const int Width = 30;

    public static void Draw(int epoch, int epochs, long done, long total)
    {
        if (Console.IsOutputRedirected)
            return;
        int filled = (int)(Width * done / total);
        Console.Write($"\repoch {epoch}/{epochs} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
    }

    public static void Finish(string summary)
    {
        if (!Console.IsOutputRedirected)
            Console.Write("\r" + new string(' ', Width + 40) + "\r");
        Console.WriteLine(summary);
    }
}
