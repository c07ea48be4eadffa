package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's texts in the user's language (it has none of its own but English). */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** @param tooBig what to say about a file over the limit */
    public static UploadI18N of(Component view, String tooBig) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation("import.upload.add"))
                        .setMany(view.getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation("import.upload.drop"))
                        .setMany(view.getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(view.getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(view.getTranslation("import.upload.wrongType")))
                .setFile(new UploadI18N.File().setRemove(view.getTranslation("import.upload.remove"))
                        .setRetry(view.getTranslation("import.upload.retry"))
                        .setStart(view.getTranslation("import.upload.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(view.getTranslation("import.upload.connecting"))
                                .setStalled(view.getTranslation("import.upload.stalled"))
                                .setProcessing(view.getTranslation("import.upload.processing"))
                                .setHeld(view.getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(view.getTranslation("import.upload.remaining"))
                                .setUnknown(view.getTranslation("import.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(view.getTranslation("import.upload.failed"))
                                .setUnexpectedServerError(view.getTranslation("import.upload.failed"))
                                .setForbidden(view.getTranslation("import.upload.failed"))
                                .setFileTooLarge(tooBig)))
                .setUnits(List.of("B", "kB", "MB", "GB"));
    }
}
