package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.ListOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Uploads three files, lists every file two to a page, and deletes what it uploaded. */
public final class FilesWithPaging {

  private FilesWithPaging() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      for (int i = 1; i <= 3; i++) {
        client.files().upload(FileUpload.of(("note " + i).getBytes(StandardCharsets.UTF_8),
            "note-" + i + ".txt"));
      }
      List<String> notes = new ArrayList<>();
      for (ModelFile f : client.files()
          .list(FileListParams.builder().limit(2).order(ListOrder.ASC).build()).autoPager()) {
        System.out.println(f.id() + " " + f.filename());
        if (f.filename().startsWith("note-")) {
          notes.add(f.id());   // deleting while paging would move what the next page holds
        }
      }
      notes.forEach(id -> client.files().delete(id));
    }
  }
}
