package io.github.xaijava.params;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Optional fields of {@code POST /v1/files}.
 *
 * <pre>{@code
 * client.files().upload(FileUpload.of(path),
 *     FileUploadOptions.builder().expiresAfter(Duration.ofDays(7)).build());
 * }</pre>
 */
public final class FileUploadOptions {

  private static final FileUploadOptions NONE = builder().build();

  private final Duration expiresAfter;
  private final String purpose;

  private FileUploadOptions(Builder b) {
    this.expiresAfter = b.expiresAfter;
    this.purpose = b.purpose;
  }

  /** Nothing set: the file never expires and has no purpose label. */
  public static FileUploadOptions none() {
    return NONE;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long after the upload xAI deletes the file, if set. */
  public Optional<Duration> expiresAfter() {
    return Optional.ofNullable(expiresAfter);
  }

  /** The purpose label, if set. */
  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  @Override
  public String toString() {
    return "FileUploadOptions{expiresAfter=" + expiresAfter + ", purpose=" + purpose + "}";
  }

  /** Builds {@link FileUploadOptions}. */
  public static final class Builder {
    private Duration expiresAfter;
    private String purpose;

    private Builder() {
    }

    /**
     * Delete the file this long after upload: whole seconds from 1 hour to 30 days. Default:
     * never. Sent as the {@code expires_after} part, ahead of the file as xAI requires.
     */
    public Builder expiresAfter(Duration expiresAfter) {
      Objects.requireNonNull(expiresAfter, "expiresAfter == null");
      long s = expiresAfter.getSeconds();
      if (s < 3600 || s > 2_592_000 || expiresAfter.getNano() != 0) {
        throw new IllegalArgumentException(
            "expiresAfter must be whole seconds between 1 hour and 30 days: " + expiresAfter);
      }
      this.expiresAfter = expiresAfter;
      return this;
    }

    /** A purpose label; xAI keeps but ignores it ({@code assistants} is usual). Default: none. */
    public Builder purpose(String purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose == null");
      return this;
    }

    /** The options. */
    public FileUploadOptions build() {
      return new FileUploadOptions(this);
    }
  }
}
