#pragma once

#include <QDialog>

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace portolan::gui {

class Document;

/// Product-scoped options from every catalog, one group per product. OK pushes one
/// undoable command with all changes.
class ProductOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProductOptionsDialog(Document *doc, QWidget *parent = nullptr);

    /// The `products` object the dialog's editors describe.
    nlohmann::json result() const;
    /// Applies the result to the document (one command); false when nothing changed.
    bool apply();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslateUi();

    Document *m_doc;
    std::vector<std::function<void(nlohmann::json &)>> m_writers;
};

} // namespace portolan::gui
