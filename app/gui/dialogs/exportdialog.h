#pragma once

#include "exportsettings.h"

#include <QDialog>

#include <functional>
#include <utility>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace portolan::gui {

/// The options of one export (File → Export → ...) and the file to write: paper, orientation
/// and contents of the firewall request; area and size of a diagram; crossing flows only;
/// language. Shows only the options of its kind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `pixelSize` gives the PNG size for settings (for the "1600 × 1034 px" hint).
    explicit ExportDialog(const ExportSettings &settings, QWidget *parent = nullptr,
                          std::function<QSize(const ExportSettings &)> pixelSize = {});

    /// The choices shown; the path gets the kind's extension when it has none.
    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslateUi();
    void browse();
    void updateHints();

    ExportSettings m_base; ///< kind, area and whatever the dialog does not show
    std::function<QSize(const ExportSettings &)> m_pixelSize;
    QFormLayout *m_form = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_langLabel = nullptr;
    QComboBox *m_lang = nullptr;
    // PDF
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_orientationLabel = nullptr;
    QComboBox *m_orientation = nullptr;
    QLabel *m_contentLabel = nullptr;
    QRadioButton *m_fullRequest = nullptr;
    QRadioButton *m_crossingRequest = nullptr;
    QCheckBox *m_diagram = nullptr;
    // Diagram
    QLabel *m_areaLabel = nullptr;
    QRadioButton *m_wholeArea = nullptr;
    QRadioButton *m_visibleArea = nullptr;
    QLabel *m_widthLabel = nullptr;
    QSpinBox *m_width = nullptr;
    QLabel *m_dpiLabel = nullptr;
    QComboBox *m_dpi = nullptr;
    QLabel *m_sizeHint = nullptr;
    // CSV, XLSX, diagram, verification scripts
    QLabel *m_flowsLabel = nullptr;
    QCheckBox *m_crossingOnly = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    // Firewall rule snippets: one box per beyond::SnippetFormat flag
    QLabel *m_formatsLabel = nullptr;
    std::vector<std::pair<QCheckBox *, int>> m_formats;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace portolan::gui
